"""Shapes and lines: Natural Earth country shapes, route waypoints, and their loaders."""
