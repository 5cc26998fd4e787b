# pages of a guichet's warning before radiation and separation of a co-demandeur (their forms, as displayed).
# Variables from run.sh: NUMERO.
PAGES+=(--page "avertissement=/pro/demandes/$NUMERO/avertissement"
        --page "separation=/pro/demandes/$NUMERO/separation")
