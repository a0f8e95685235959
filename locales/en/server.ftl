# The server's words: phone pages, counter pages, API error codes.
srv-problem-internal = Something went wrong on the server. Please try again in a little while.
