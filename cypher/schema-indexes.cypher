// Every index with its state and the constraint that owns it (null for a plain index), for the
// start-up repair of a schema whose creation was interrupted.
SHOW INDEXES YIELD name, state, owningConstraint, type
RETURN name, state, owningConstraint, type
