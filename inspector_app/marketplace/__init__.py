"""Marketplace connectors, run by the server only: benches never hold marketplace
credentials nor talk to a marketplace.

    backmarket/   Back Market's seller API: client, rate limits, settings, the answers read
                  into typed records, and the mapping of its vocabulary onto ours

The server (server/marketplace/) persists what a connector reads and serves it to benches
through the usual returns feed.
"""
