-- wrk sends GETs unless told otherwise: POST the GraphQL request given in BENCH_GRAPHQL_BODY.
wrk.method = "POST"
wrk.body = os.getenv("BENCH_GRAPHQL_BODY")
wrk.headers["Content-Type"] = "application/json"
