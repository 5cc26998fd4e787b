# the flux of a réservataire (Action Logement's of the demo data, id 4) for the current year, as an agent of the
# territory reads it (issue 15, §3; ADR 0015).
PAGES+=(--page "reservataire-flux=/pro/reservataires/4/flux")
