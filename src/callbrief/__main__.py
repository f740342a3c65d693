from callbrief.cli import run

run()
