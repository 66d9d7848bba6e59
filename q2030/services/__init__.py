"""What the commands are made of: the overview and what is owed, recording readings, the
history in git (what moved, the guard, branches) and a new data repository."""
