"""The checkers whose findings a check gathers."""
