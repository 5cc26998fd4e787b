package fr.sne.guichet;
import java.util.Collection;
import java.util.List;
public interface Bailleurs { List<Bailleur> presentsDans(Collection<String> codesCommunes); }
