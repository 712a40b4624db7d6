package dev.keel.application.work.project;

import java.util.List;

public interface ViewBoardUseCase {

    List<BoardColumnView> view(ViewBoardQuery query);
}
