"""Helpers of the fit-length transform: a rendered variant cut into removable units
(:mod:`.units`), the edits that remove some of them (:mod:`.removal`), and the last
resort of shortening the hook at a word boundary (:mod:`.shorten`)."""
