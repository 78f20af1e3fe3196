"""OParl 1.1, the open standard of council information systems, at /oparl/v1/system."""
