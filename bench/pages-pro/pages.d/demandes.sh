# pages of the demande module: search (by numéro, by a common name, by name + first name + birth date), a demande's
# page (identity and history tabs). Variables from run.sh: NUMERO, NOM, PRENOM, NAISSANCE, NOM_COURANT.
NOM_URL=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$NOM")
NOM_COURANT_URL=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$NOM_COURANT")
PRENOM_URL=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$PRENOM")
PAGES+=(--page "recherche-numero=/pro/demandes?numero=$NUMERO"
        --page "recherche-nom-courant=/pro/demandes?nom=$NOM_COURANT_URL"
        --page "recherche-nom-prenom-date=/pro/demandes?nom=$NOM_URL&prenom=$PRENOM_URL&dateNaissance=$NAISSANCE"
        --page "demande-identite=/pro/demandes/$NUMERO"
        --page "demande-historique=/pro/demandes/$NUMERO?onglet=historique")
