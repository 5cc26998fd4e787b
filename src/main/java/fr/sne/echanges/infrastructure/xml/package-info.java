/** The XML of the exchanges: the files of the bulk exports (StAX, tar.gz). */
@org.jspecify.annotations.NullMarked
package fr.sne.echanges.infrastructure.xml;
