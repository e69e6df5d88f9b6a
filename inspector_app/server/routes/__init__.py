"""HTTP routes of the v1 API, thin over the server's services; one module per resource."""
