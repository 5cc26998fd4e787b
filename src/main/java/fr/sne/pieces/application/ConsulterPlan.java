package fr.sne.pieces.application;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.sne.pieces.application.port.StockPlan;
import fr.sne.pieces.domaine.PlanDeClassement;

/** The filing plan in force, published to every actor and vendor (who check cheaply whether it changed: its ETag). */
@Service
public class ConsulterPlan {

    private final StockPlan plan;

    ConsulterPlan(StockPlan plan) {
        this.plan = plan;
    }

    /** The plan in force and when it was published. */
    @Transactional(readOnly = true)
    public PlanPublie courant() {
        return new PlanPublie(plan.courant(), plan.publieLe());
    }

    /** A version of the plan and its publication. */
    public record PlanPublie(PlanDeClassement plan, Instant publieLe) {
    }
}
