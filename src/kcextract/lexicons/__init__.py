"""Word lists the rules are built from: one module per area (dates, money, provinces, …)."""
