# the filing's first page (what to have at hand, the draft if any): helper B's part
PAGES+=(--page "depot-avant=/portail/deposer")
