from q2030.entry import main

main()
