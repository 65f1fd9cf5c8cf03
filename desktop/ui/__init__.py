"""Everything that touches Qt widgets: windows, views, item models, themes and resources."""
