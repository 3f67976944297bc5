"""One module per thing a person sees: its layout, its pure builders, its callbacks."""
