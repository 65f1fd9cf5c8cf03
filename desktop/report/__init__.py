"""The checkup report for the pediatrician: gathered from the diary, laid out, saved as PDF or printed."""
