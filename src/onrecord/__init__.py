"""onrecord: a sourced record of who said what, when, where, as reported by whom."""
__version__ = "0.1.0"
