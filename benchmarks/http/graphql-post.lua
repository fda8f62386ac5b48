-- wrk script: POST the request file named by ANALYST_QUERY (default analyst-query.json, next to this file) to /graphql.
local file = io.open(os.getenv("ANALYST_QUERY") or "benchmarks/http/analyst-query.json", "r")
wrk.method = "POST"
wrk.body = file:read("*a")
file:close()
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
