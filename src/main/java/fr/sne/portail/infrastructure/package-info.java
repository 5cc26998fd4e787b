/** The portal's ports on PostgreSQL (the tables compte_demandeur, connexion_demandeur, rattachement_demandeur…). */
@org.jspecify.annotations.NullMarked
package fr.sne.portail.infrastructure;
