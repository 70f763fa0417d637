"""The class session's widgets: the room's picture and the console's panel.

Nothing here imports the web server: it loads when a session starts.
"""
