package fr.sne.echanges.application;

/** The file of an export is gone (it expired): 410, code {@code EXPORT_EXPIRE}. */
public class ExportExpireException extends RuntimeException {

    public ExportExpireException(String message) {
        super(message);
    }
}
