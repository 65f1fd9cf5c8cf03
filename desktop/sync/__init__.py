"""Sync through a shared folder (design.md section 7): each device writes its own encrypted files."""
