// Population growth: every season (half a second) the town's population grows by 5% up to its housing capacity, a line chart plots the population history, and clicking "Build houses" adds 50 capacity.
const CHART = { x: 60, y: 120, w: 680, h: 380 };

const config = {
  type: Phaser.AUTO,
  width: 800,
  height: 600,
  backgroundColor: '#f4f1e8',
  scene: {
    create() {
      this.population = 10;
      this.capacity = 100;
      this.history = [this.population];

      this.add.rectangle(CHART.x, CHART.y, CHART.w, CHART.h, 0xffffff).setOrigin(0).setStrokeStyle(1, 0x999999);
      this.chart = this.add.graphics();
      this.stats = this.add.text(60, 30, '', { fontSize: '20px', color: '#222222' });
      this.axisTop = this.add.text(CHART.x - 8, CHART.y, '', { fontSize: '12px', color: '#555555' }).setOrigin(1, 0);

      const button = this.add.text(560, 30, 'Build houses', {
        fontSize: '18px', color: '#ffffff', backgroundColor: '#3a7d44', padding: { x: 10, y: 6 }
      }).setInteractive({ useHandCursor: true });
      button.on('pointerdown', () => {
        this.capacity += 50;
        this.tweens.add({ targets: button, scale: 1.1, duration: 80, yoyo: true });
      });

      this.time.addEvent({
        delay: 500,
        loop: true,
        callback: () => {
          const births = Math.ceil(this.population * 0.05);
          this.population = Math.min(this.capacity, this.population + births);
          this.history.push(this.population);
          if (this.history.length > 120) this.history.shift();
        }
      });
    },

    update() {
      const maxY = Math.max(this.capacity, ...this.history);
      const stepX = CHART.w / 119;
      const toY = (v) => CHART.y + CHART.h - (v / maxY) * CHART.h;

      this.chart.clear();
      this.chart.lineStyle(1, 0xcc4444, 0.6).lineBetween(CHART.x, toY(this.capacity), CHART.x + CHART.w, toY(this.capacity));
      this.chart.lineStyle(3, 0x2255aa);
      this.chart.beginPath();
      this.history.forEach((v, i) => {
        const px = CHART.x + i * stepX;
        if (i === 0) this.chart.moveTo(px, toY(v));
        else this.chart.lineTo(px, toY(v));
      });
      this.chart.strokePath();

      this.axisTop.setText(String(maxY));
      this.stats.setText(`Population: ${this.population}   Capacity: ${this.capacity}   Season: ${this.history.length - 1}`);
    }
  }
};

new Phaser.Game(config);
