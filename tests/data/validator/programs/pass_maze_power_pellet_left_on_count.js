// Pac-Man-style maze: steer with the arrow keys (turns are remembered until the way is open), eat every dot (10 points) and power pellet (50 points), and clearing the maze shows "YOU WIN".
const MAZE = [
  '###########',
  '#o.......o#',
  '#.#######.#',
  '#.#######.#',
  '#o...P...o#',
  '###########'
];
const T = 48;

function placePac(scene) {
  scene.pac.setPosition(scene.cell.c * T + T / 2, scene.cell.r * T + T / 2 + 40);
  if (scene.dir) scene.pac.setAngle(scene.dir[2]);
}

new Phaser.Game({
  type: Phaser.AUTO, width: 11 * T, height: MAZE.length * T + 40, backgroundColor: '#000000',
  scene: {
    create() {
      this.dots = {};
      this.left = 0;
      MAZE.forEach((line, r) => [...line].forEach((ch, c) => {
        const x = c * T + T / 2, y = r * T + T / 2 + 40;
        if (ch === '#') this.add.rectangle(x, y, T - 2, T - 2, 0x2233cc);
        if (ch === '.' || ch === 'o') {
          this.dots[`${c},${r}`] = this.add.circle(x, y, ch === 'o' ? 10 : 4, 0xffddaa).setData('power', ch === 'o');
          this.left++;
        }
        if (ch === 'P') this.cell = { c, r };
      }));
      this.pac = this.add.arc(0, 0, 18, 30, 330, false, 0xffee00);
      this.score = 0;
      this.scoreText = this.add.text(10, 8, 'Score: 0', { fontSize: '22px', color: '#ffffff' });
      this.dir = null;
      this.wanted = null;
      placePac(this);
      const dirs = { LEFT: [-1, 0, 180], RIGHT: [1, 0, 0], UP: [0, -1, 270], DOWN: [0, 1, 90] };
      Object.entries(dirs).forEach(([key, d]) => this.input.keyboard.on('keydown-' + key, () => { this.wanted = d; }));
      this.mover = this.time.addEvent({
        delay: 110, loop: true, callback: () => {
          const open = d => d && MAZE[this.cell.r + d[1]][this.cell.c + d[0]] !== '#';
          if (open(this.wanted)) this.dir = this.wanted;
          if (!open(this.dir)) return;
          this.cell = { c: this.cell.c + this.dir[0], r: this.cell.r + this.dir[1] };
          placePac(this);
          const dot = this.dots[`${this.cell.c},${this.cell.r}`];
          if (!dot) return;
          delete this.dots[`${this.cell.c},${this.cell.r}`];
          if (dot.getData('power')) {
            this.score += 50;
            this.left--;
            this.tweens.add({ targets: this.pac, scale: 1.4, duration: 150, yoyo: true });
          } else {
            this.score += 10;
            this.left--;
          }
          dot.destroy();
          this.scoreText.setText('Score: ' + this.score);
          if (this.left === 0) {
            this.mover.remove();
            this.add.text(this.scale.width / 2, 40 + 2.5 * T, 'YOU WIN', { fontSize: '48px', color: '#ffffff' }).setOrigin(0.5);
          }
        }
      });
    }
  }
});
