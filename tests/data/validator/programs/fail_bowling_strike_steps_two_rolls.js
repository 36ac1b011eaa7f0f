// Bowling: press 0-9 (or X for a strike) to enter the pins knocked down by each roll; the card scores ten frames with spare and strike bonuses.
function scoreFrames(rolls) {
  const totals = [];
  let i = 0;
  let total = 0;
  for (let frame = 0; frame < 10 && i < rolls.length; frame++) {
    if (rolls[i] === 10) {
      if (rolls[i + 2] === undefined) break;
      total += 10 + rolls[i + 1] + rolls[i + 2];
      i += 2;
    } else if (rolls[i] + rolls[i + 1] === 10) {
      if (rolls[i + 2] === undefined) break;
      total += 10 + rolls[i + 2];
      i += 2;
    } else {
      if (rolls[i + 1] === undefined) break;
      total += rolls[i] + rolls[i + 1];
      i += 2;
    }
    totals.push(total);
  }
  return totals;
}

function roll(scene, n) {
  if (scene.over || n > scene.standing) return;
  scene.rolls.push(n);
  scene.standing -= n;
  scene.ball += 1;
  if (scene.frame < 10) {
    if (scene.standing === 0 || scene.ball === 2) {
      scene.frame += 1;
      scene.ball = 0;
      scene.standing = 10;
    }
  } else {
    scene.tenth.push(n);
    if (scene.ball === 1 && scene.standing === 0) scene.standing = 10;
    if (scene.ball === 2) {
      if (scene.tenth[0] === 10 || scene.tenth[0] + scene.tenth[1] === 10) {
        if (scene.standing === 0) scene.standing = 10;
      } else scene.over = true;
    }
    if (scene.ball === 3) scene.over = true;
  }
  scene.pins.getChildren().forEach((pin, i) => pin.setVisible(i < scene.standing));
  scene.totals = scoreFrames(scene.rolls);
  scene.totals.forEach((t, f) => scene.cells[f].setText(String(t)));
  const score = scene.totals.length ? scene.totals[scene.totals.length - 1] : 0;
  scene.info.setText(scene.over ? `Game over - final score ${score}` : `Frame ${scene.frame} - score ${score}`);
}

new Phaser.Game({
  type: Phaser.AUTO,
  width: 800,
  height: 400,
  backgroundColor: '#2b1d0e',
  scene: {
    create() {
      this.rolls = [];
      this.frame = 1;
      this.ball = 0;
      this.standing = 10;
      this.tenth = [];
      this.over = false;
      this.pins = this.add.group();
      const rows = [[0], [-1, 1], [-2, 0, 2], [-3, -1, 1, 3]];
      rows.forEach((row, r) => row.forEach(c => {
        this.pins.add(this.add.circle(400 + c * 22, 300 - r * 30, 10, 0xffffff));
      }));
      this.cells = [];
      for (let f = 0; f < 10; f++) {
        this.add.rectangle(40 + f * 72, 80, 70, 70).setOrigin(0).setStrokeStyle(2, 0xffffff);
        this.add.text(44 + f * 72, 84, String(f + 1), { fontSize: '12px' });
        this.cells.push(this.add.text(75 + f * 72, 130, '', { fontSize: '20px' }).setOrigin(0.5));
      }
      this.info = this.add.text(400, 30, 'Frame 1 - press 0-9 or X', { fontSize: '20px' }).setOrigin(0.5);
      this.input.keyboard.on('keydown', (event) => {
        const k = event.key.toUpperCase();
        if (k === 'X') roll(this, 10);
        else if (/^[0-9]$/.test(k)) roll(this, Number(k));
      });
    }

  }
});
