"""Helpers of the POST-stage decorations (links, typography, emoji, hashtags).

Each module does one job for one transform of ``brandvoice.adaptation.transforms``: adding UTM
tags to a URL, standing in for links on networks that do not link, composing successive
typography passes into edits on the original text, choosing an emoji for a hook, finding
the trailing hashtag block and the phrases a hashtag can be drawn from.
"""
