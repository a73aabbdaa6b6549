"""studyapp: study what two articles say about Anthropic's founding."""

__version__ = "0.1.0"
