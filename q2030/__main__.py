from q2030.cli.entry import main

main()
