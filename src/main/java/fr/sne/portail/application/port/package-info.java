/** What the portal's use cases need from storage: accounts, sign-ins, attachments. */
@org.jspecify.annotations.NullMarked
package fr.sne.portail.application.port;
