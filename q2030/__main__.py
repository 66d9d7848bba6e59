from q2030.cli import main

main()
