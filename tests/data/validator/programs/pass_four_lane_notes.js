// Rhythm game: 40 notes fall down 4 lanes toward the hit line and are hit with D, F, J, K (lanes 1-4). A key press within 60 px of a note in its lane hits it (+100 and +1 combo); a note that passes the line is a miss and resets the combo. Every 10th note of a combo shows "COMBO x10", "x20" and so on. When all 40 notes have been hit or missed the results show the hit count and accuracy = hits / 40 as a percentage; Space plays again.
const LANE_KEYS = ['D', 'F', 'J', 'K'];
const LANE_X = [250, 350, 450, 550];
const HIT_Y = 520;
const TOTAL = 40;

class Rhythm extends Phaser.Scene {
  constructor() {
    super('rhythm');
  }

  create() {
    this.cameras.main.setBackgroundColor('#140d26');
    LANE_X.forEach((x, i) => {
      this.add.rectangle(x, 300, 90, 600, 0x231a40).setStrokeStyle(1, 0x4a3b7a);
      this.add.text(x, 560, LANE_KEYS[i], { fontSize: '24px', color: '#ffffff' }).setOrigin(0.5);
    });
    this.add.rectangle(400, HIT_Y, 400, 6, 0xff4081);

    this.notes = [];
    this.spawned = 0;
    this.hits = 0;
    this.misses = 0;
    this.score = 0;
    this.combo = 0;
    this.finished = false;

    this.hud = this.add.text(16, 16, '', { fontSize: '20px', color: '#ffffff' });
    this.comboText = this.add.text(400, 200, '', { fontSize: '44px', color: '#ffd740' }).setOrigin(0.5).setAlpha(0);

    this.spawner = this.time.addEvent({ delay: 450, repeat: TOTAL - 1, callback: () => {
      const lane = Phaser.Math.Between(0, 3);
      const note = this.add.rectangle(LANE_X[lane], -20, 80, 22, 0x40c4ff);
      note.lane = lane;
      this.notes.push(note);
      this.spawned++;
    } });

    LANE_KEYS.forEach((k, lane) => this.input.keyboard.on('keydown-' + k, () => this.hit(lane)));
    this.input.keyboard.on('keydown-SPACE', () => {
      if (this.finished) this.scene.restart();
    });
  }

  hit(lane) {
    if (this.finished) return;
    const note = this.notes.find((n) => n.lane === lane && Math.abs(n.y - HIT_Y) <= 60);
    if (!note) return;
    this.removeNote(note);
    this.hits++;
    this.score += 100;
    this.combo++;
    if (this.combo > 0 && this.combo % 10 === 0) {
      this.comboText.setText('COMBO x' + this.combo).setAlpha(1);
      this.tweens.add({ targets: this.comboText, alpha: 0, delay: 400, duration: 400 });
    }
  }

  removeNote(note) {
    Phaser.Utils.Array.Remove(this.notes, note);
    note.destroy();
  }

  update(time, delta) {
    if (this.finished) return;
    const fall = 300 * delta / 1000;
    this.notes.slice().forEach((n) => {
      n.y += fall;
      if (n.y > HIT_Y + 60) {
        this.removeNote(n);
        this.misses++;
        this.combo = 0;
      }
    });
    this.hud.setText('Score: ' + this.score + '   Combo: ' + this.combo + '   Hits: ' + this.hits + '   Misses: ' + this.misses);

    if (this.spawned === TOTAL && this.notes.length === 0) {
      this.finished = true;
      const acc = Math.round((this.hits / TOTAL) * 100);
      this.add.rectangle(400, 300, 460, 200, 0x000000, 0.85).setStrokeStyle(3, 0xff4081);
      this.add.text(400, 300, 'RESULTS\nHits: ' + this.hits + ' / ' + TOTAL + '\nAccuracy: ' + acc + '%\nSpace: play again', { fontSize: '28px', color: '#ffffff', align: 'center' }).setOrigin(0.5);
    }
  }
}

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  scene: Rhythm
};

new Phaser.Game(config);
