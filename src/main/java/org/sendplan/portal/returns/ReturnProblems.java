package org.sendplan.portal.returns;

import java.util.List;
import org.sendplan.portal.common.InvalidInputException;

/** A return refused because of its answers: every problem, each for its own field, so a form can mark them all. */
public class ReturnProblems extends InvalidInputException {

    private final transient List<FieldProblem> problems;

    public ReturnProblems(List<FieldProblem> problems) {
        super(
                problems.size() == 1
                        ? problems.getFirst().message()
                        : problems.size()
                                + " answers need attention before this can be saved: see the messages beside them");
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    @Override
    public List<FieldMessage> fieldMessages() {
        return problems.stream()
                .map(p -> new FieldMessage(p.fieldCode(), p.message()))
                .toList();
    }
}
