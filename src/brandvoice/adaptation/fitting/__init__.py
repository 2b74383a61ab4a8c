"""Helpers of the fit-length transform: a rendered variant cut into removable units
(:mod:`.units`), the edits that remove some of them (:mod:`.removal`), what a sentence does
for its message beyond its facts (:mod:`.purpose`), the cuts inside a sentence that leave a
sentence (:mod:`.inner`), the short forms of dates and phrases (:mod:`.compact`), and the
last resort of shortening the hook at a word boundary (:mod:`.shorten`)."""
