"""The realise step of the social voices: what a community manager writes from the master's
:class:`~brandvoice.understand.Message` and its parse, rather than the master's sentences
as they are (the practical lines a social post gets, details that only repeat them,
a list introduced as a programme)."""
