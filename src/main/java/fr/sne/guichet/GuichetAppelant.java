package fr.sne.guichet;
public interface GuichetAppelant { Guichet guichet(); }
