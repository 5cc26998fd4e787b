/**
 * The demande, its validated content, its events and the business policies that accept or refuse a change; no
 * Spring, no database.
 */
@org.jspecify.annotations.NullMarked
package fr.sne.demande.domaine;
