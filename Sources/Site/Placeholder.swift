// Site stage.
