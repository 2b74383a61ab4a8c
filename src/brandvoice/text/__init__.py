"""Text helpers shared by checks and adaptation: entities, segments."""
