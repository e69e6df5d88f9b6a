"""Pure returns domain: no Qt, no SQL, no HTTP. Everything above this layer may import it."""
