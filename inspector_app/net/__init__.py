"""HTTP plumbing shared by every client the project runs: the bench's sync client and the
server's marketplace connector. Nothing here knows whose server it talks to.

    deadline.py   an overall deadline per request, enforced on the socket
    answers.py    bounded reading of answer bodies, Retry-After, content types
"""
