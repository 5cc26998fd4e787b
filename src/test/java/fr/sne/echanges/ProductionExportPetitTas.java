package fr.sne.echanges;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

import fr.sne.SneApplication;
import fr.sne.echanges.application.ProduireExports;

/**
 * The application in a JVM of its own, started by {@link ExportPetitTasIT} with a small heap on the test's database
 * and storage, which runs the export jobs waiting and prints the peak of its heap: {@code TAS_PIC <bytes>}.
 */
public final class ProductionExportPetitTas {

    private ProductionExportPetitTas() {
    }

    public static void main(String[] args) {
        int code = 1;
        try (ConfigurableApplicationContext contexte = new SpringApplication(SneApplication.class).run(args)) {
            ProduireExports produire = contexte.getBean(ProduireExports.class);
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                pool.resetPeakUsage();
            }
            int faits = 0;
            while (produire.unePasse().isPresent()) {
                faits++;
            }
            long pic = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    pic += pool.getPeakUsage().getUsed();
                }
            }
            System.out.println("EXPORTS " + faits);
            System.out.println("TAS_PIC " + pic);
            System.out.println("TAS_MAX " + Runtime.getRuntime().maxMemory());
            code = 0;
        } catch (Throwable t) {
            t.printStackTrace();
        }
        System.exit(code);
    }
}
