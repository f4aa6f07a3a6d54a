// Every constraint by name, for the start-up repair of a schema whose creation was interrupted.
SHOW CONSTRAINTS YIELD name
RETURN name
