"""The guidance service shared by the window, the command line and the report: input and wording."""
