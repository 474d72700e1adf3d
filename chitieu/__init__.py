"""chitieu: tracking the targets of Vietnamese Party congress resolutions."""
